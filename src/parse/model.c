/*
 * model.c — loading the tagger/parser model file (layout in parse_int.h) by mmap and
 * validating every offset, size, index and weight before use, so that a truncated or
 * corrupt file is refused with "file: message" instead of crashing later. After
 * loading the model is never written: threads share it freely.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include "parse_int.h"
#include "util/util.h"

const dyad_apent *dyad_ap_find(const dyad_aptab *t, uint64_t key)
{
    uint32_t fp = dyad_ap_fp(key);
    uint32_t j = dyad_ap_home(key, t->nslots);
    for (uint32_t probe = 0; probe < t->nslots; probe++) {
        if (t->slots[j].fp == fp)
            return t->ents + t->slots[j].start;
        if (t->slots[j].fp == 0)
            break;
        if (++j == t->nslots)
            j = 0;
    }
    return NULL;
}

/* Three sweeps so that the cache misses of one feature overlap those of the others:
 * prefetch every slot, then resolve slots and prefetch their weight runs, then add.
 * Lookups dominate the cost of tagging and parsing; this roughly halves it. */
void dyad_ap_score(const dyad_aptab *t, const uint64_t *f, int nf, int32_t *scores)
{
    uint32_t run[DYAD_MAX_FEATS];
    int nrun = 0;
    if (nf > DYAD_MAX_FEATS)
        nf = DYAD_MAX_FEATS;
    if (t->aslots) {
        const dyad_actslot *sl = t->aslots;
        int32_t sc[DYAD_NACT] = {0};
        for (int i = 0; i < nf; i++)
            __builtin_prefetch(&sl[dyad_ap_home(f[i], t->nslots)]);
        for (int i = 0; i < nf; i++) {
            uint32_t fp = dyad_ap_fp(f[i]), j = dyad_ap_home(f[i], t->nslots);
            for (uint32_t probe = 0; probe < t->nslots && sl[j].fp; probe++) {
                if (sl[j].fp == fp) {
                    for (int a = 0; a < DYAD_NACT; a++)
                        sc[a] += sl[j].w[a];
                    break;
                }
                if (++j == t->nslots)
                    j = 0;
            }
        }
        for (int a = 0; a < DYAD_NACT; a++)
            scores[a] = sc[a];
        return;
    }
    for (int i = 0; i < nf; i++)
        __builtin_prefetch(&t->slots[dyad_ap_home(f[i], t->nslots)]);
    for (int i = 0; i < nf; i++) {
        const dyad_apent *e = dyad_ap_find(t, f[i]);
        if (e) {
            run[nrun++] = (uint32_t)(e - t->ents);
            __builtin_prefetch(e);
        }
    }
    for (uint32_t c = 0; c < t->ncls; c++)
        scores[c] = 0;
    for (int k = 0; k < nrun; k++) {
        const dyad_apent *e = t->ents + run[k];
        for (;; e++) {
            scores[e->cls & ~DYAD_AP_LAST] += e->w;
            if (e->cls & DYAD_AP_LAST)
                break;
        }
    }
}

#define BAD(...)                                                 \
    do {                                                         \
        dyad_diagf(diag, DYAD_ERROR, name, 0, __VA_ARGS__);      \
        return DYAD_ESYNTAX;                                     \
    } while (0)

/* Is [off, off + n*size) inside a file of `total` bytes, without overflow? */
static int S_fits(uint64_t off, uint64_t n, uint64_t size, uint64_t total)
{
    if (off > total || (size && n > (total - off) / size))
        return 0;
    return 1;
}

static dyad_status S_check_tab(dyad_model *m, const dyad_mhdr *h, int k, uint32_t ncls,
                               const char *name, dyad_diag *diag)
{
    const dyad_mtab *mt = &h->tab[k];
    const unsigned char *base = m->mem;
    if (mt->ncls != ncls)
        BAD("table %d has %u classes, expected %u", k, mt->ncls, ncls);
    if (mt->nslots < 2)
        BAD("table %d: too few slots (%u)", k, mt->nslots);
    if (mt->slots_off % 8 || mt->ents_off % 8)
        BAD("table %d: misaligned section", k);
    if (k == DYAD_TAB_ACT) {
        if (mt->nents != 0 || !S_fits(mt->slots_off, mt->nslots, sizeof(dyad_actslot), m->size))
            BAD("action table extends past the end of the file (truncated?)");
        const dyad_actslot *as = (const dyad_actslot *)(base + mt->slots_off);
        uint32_t empty = 0;
        for (uint32_t i = 0; i < mt->nslots; i++)
            empty += as[i].fp == 0;
        if (empty == 0)
            BAD("action table has no empty slot");
        m->tab[k].aslots = as;
        m->tab[k].nslots = mt->nslots;
        m->tab[k].ncls = ncls;
        return DYAD_OK;
    }
    if (!S_fits(mt->slots_off, mt->nslots, sizeof(dyad_apslot), m->size) ||
        !S_fits(mt->ents_off, mt->nents, sizeof(dyad_apent), m->size))
        BAD("table %d extends past the end of the file (truncated?)", k);
    const dyad_apslot *slots = (const dyad_apslot *)(base + mt->slots_off);
    const dyad_apent *ents = (const dyad_apent *)(base + mt->ents_off);
    /* every run ends inside the table: the last entry closes a run, starts are in range */
    if (mt->nents == 0 || !(ents[mt->nents - 1].cls & DYAD_AP_LAST))
        BAD("table %d: weights do not end a run", k);
    for (uint32_t i = 0; i < mt->nents; i++)
        if ((ents[i].cls & ~DYAD_AP_LAST) >= ncls)
            BAD("table %d: weight %u has class %u of %u", k, i,
                (unsigned)(ents[i].cls & ~DYAD_AP_LAST), ncls);
    uint32_t empty = 0;
    for (uint32_t i = 0; i < mt->nslots; i++) {
        if (slots[i].fp == 0)
            empty++;
        else if (slots[i].start >= mt->nents)
            BAD("table %d: slot %u points outside the weights", k, i);
    }
    if (empty == 0)
        BAD("table %d has no empty slot", k);
    m->tab[k].slots = slots;
    m->tab[k].ents = ents;
    m->tab[k].nslots = mt->nslots;
    m->tab[k].ncls = ncls;
    return DYAD_OK;
}

/* Checks the header and sections of m->mem and fills the views of m. */
static dyad_status S_validate(dyad_model *m, const char *name, dyad_diag *diag)
{
    dyad_mhdr h;
    if (m->size < sizeof h)
        BAD("not a dyad model (too short)");
    memcpy(&h, m->mem, sizeof h);
    if (memcmp(h.magic, DYAD_MODEL_MAGIC, 8) != 0)
        BAD("not a dyad model (bad magic number)");
    if (h.endian != DYAD_MODEL_ENDIAN)
        BAD("model was written with another byte order");
    if (h.version != DYAD_MODEL_VERSION)
        BAD("model format version %u, this build reads %u", h.version, DYAD_MODEL_VERSION);
    if (h.feat_version != DYAD_FEAT_VERSION)
        BAD("model was trained with feature set %u, this build uses %u: retrain it",
            h.feat_version, DYAD_FEAT_VERSION);
    if (h.size != m->size)
        BAD("file is %zu bytes, header says %llu (truncated?)", m->size,
            (unsigned long long)h.size);
    if (h.ntags < 1 || h.ntags > 4096 || h.nlabels < 1 || h.nlabels > 4096 ||
        h.ntags > DYAD_AP_LAST || h.nlabels > DYAD_AP_LAST)
        BAD("implausible tag or label count");
    if (!S_fits(h.names_off, h.names_len, 1, m->size) || h.names_len == 0)
        BAD("name section outside the file");
    const char *names = (const char *)m->mem + h.names_off;
    if (names[h.names_len - 1] != '\0')
        BAD("name section is not terminated");
    size_t need = 2 * (size_t)h.ntags + h.nlabels;
    const char **v = calloc(need, sizeof *v);
    if (!v)
        return DYAD_ENOMEM;
    size_t cnt = 0;
    for (size_t off = 0; off < h.names_len && cnt < need; cnt++) {
        v[cnt] = names + off;
        off += strlen(names + off) + 1;
    }
    m->upos = v;
    if (cnt != need)
        BAD("name section holds %zu names, expected %zu", cnt, need);
    m->xpos = v + h.ntags;
    m->labels = v + 2 * h.ntags;
    m->ntags = (int)h.ntags;
    m->nlabels = (int)h.nlabels;
    m->root_label = -1;
    for (int i = 0; i < m->nlabels; i++)
        if (!strcmp(m->labels[i], "root"))
            m->root_label = i;
    if (m->root_label < 0)
        BAD("model has no \"root\" label");
    static const uint32_t ncls_act = DYAD_NACT;
    dyad_status st;
    if ((st = S_check_tab(m, &h, DYAD_TAB_TAG, h.ntags, name, diag)) ||
        (st = S_check_tab(m, &h, DYAD_TAB_ACT, ncls_act, name, diag)) ||
        (st = S_check_tab(m, &h, DYAD_TAB_LAB, h.nlabels, name, diag)) ||
        (st = S_check_tab(m, &h, DYAD_TAB_TAG2, h.ntags, name, diag)) ||
        (st = S_check_tab(m, &h, DYAD_TAB_DICT, h.ntags, name, diag)))
        return st;
    return DYAD_OK;
}

static dyad_status S_finish(dyad_model *m, const char *name, dyad_model **out,
                            dyad_diag *diag)
{
    dyad_status st = S_validate(m, name, diag);
    if (st) {
        dyad_model_free(m);
        return st;
    }
    *out = m;
    return DYAD_OK;
}

dyad_status dyad_model_load(const char *path, dyad_model **out, dyad_diag *diag)
{
    *out = NULL;
    int fd = open(path, O_RDONLY);
    if (fd < 0) {
        dyad_diagf(diag, DYAD_ERROR, path, 0, "cannot open model: %s", strerror(errno));
        return errno == ENOENT ? DYAD_ENOTFOUND : DYAD_EIO;
    }
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size <= 0) {
        close(fd);
        dyad_diagf(diag, DYAD_ERROR, path, 0, "not a regular, non-empty file");
        return DYAD_EIO;
    }
    dyad_model *m = calloc(1, sizeof *m);
    if (!m) {
        close(fd);
        return DYAD_ENOMEM;
    }
    m->size = (size_t)st.st_size;
    void *p = mmap(NULL, m->size, PROT_READ, MAP_PRIVATE, fd, 0);
    close(fd);
    if (p == MAP_FAILED) {
        free(m);
        dyad_diagf(diag, DYAD_ERROR, path, 0, "cannot map model: %s", strerror(errno));
        return DYAD_EIO;
    }
    m->mem = p;
    m->mapped = 1;
    return S_finish(m, path, out, diag);
}

dyad_status dyad_model_from_memory(const void *data, size_t len, const char *name,
                                   dyad_model **out, dyad_diag *diag)
{
    *out = NULL;
    dyad_model *m = calloc(1, sizeof *m);
    if (!m)
        return DYAD_ENOMEM;
    /* malloc's alignment suits every section; the caller's bytes may not be aligned */
    m->mem = malloc(len ? len : 1);
    if (!m->mem) {
        free(m);
        return DYAD_ENOMEM;
    }
    if (len)
        memcpy(m->mem, data, len);
    m->size = len;
    return S_finish(m, name ? name : "(model in memory)", out, diag);
}

void dyad_model_free(dyad_model *m)
{
    if (!m)
        return;
    if (m->mapped)
        munmap(m->mem, m->size);
    else
        free(m->mem);
    free(m->upos);
    free(m);
}

int dyad_model_ntags(const dyad_model *m) { return m->ntags; }
int dyad_model_nlabels(const dyad_model *m) { return m->nlabels; }

const char *dyad_model_upos(const dyad_model *m, int tag)
{
    return tag >= 0 && tag < m->ntags ? m->upos[tag] : "X";
}

const char *dyad_model_xpos(const dyad_model *m, int tag)
{
    return tag >= 0 && tag < m->ntags ? m->xpos[tag] : "XX";
}

const char *dyad_model_label(const dyad_model *m, int label)
{
    return label >= 0 && label < m->nlabels ? m->labels[label] : "dep";
}

/*
 * model.c — loading the tagger/parser model file (layout in parse_int.h) by mmap and
 * validating every offset, size, index and weight before use, so that a truncated or
 * corrupt file is refused with "file: message" instead of crashing later. After
 * loading the model is never written: threads share it freely.
 */
#include <errno.h>
#include <stdint.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#include "parse_int.h"
#include "util/util.h"

/* Bit k set: slot k of a bucket holds fp or is empty. Slots fill in order, so the
 * lowest such slot ends a lookup in the bucket: a hit, or a miss; only the lowest is
 * sure to be set, as the slots after a stop are not looked at. SSE2 (every x86-64)
 * compares four fingerprints at once. */
static inline unsigned S_stops(const uint32_t *fps, int n, uint32_t fp)
{
    unsigned m = 0;
    int k = 0;
#ifdef __SSE2__
    __m128i key = _mm_set1_epi32((int)fp), zero = _mm_setzero_si128();
    for (; k + 4 <= n; k += 4) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(fps + k));
        __m128i stop = _mm_or_si128(_mm_cmpeq_epi32(v, key), _mm_cmpeq_epi32(v, zero));
        m |= (unsigned)_mm_movemask_ps(_mm_castsi128_ps(stop)) << k;
    }
#endif
    for (; k < n && !m; k++)
        m = (unsigned)(fps[k] == fp || fps[k] == 0) << k;
    return m;
}

/* The slot of a key (fingerprint fp, home bucket j) in a run or map table, or NULL. The
 * probe is bounded by the table size, so that a corrupt table without empty slots cannot
 * loop. */
static inline const uint32_t *S_slot(const dyad_aptab *t, uint32_t fp, uint32_t j)
{
    for (uint32_t probe = 0; probe < t->nbuckets; probe++) {
        const dyad_apbucket *b = &t->b[j];
        unsigned m = S_stops(b->fp, DYAD_APB, fp);
        if (m) {
            int k = __builtin_ctz(m);
            return b->fp[k] == fp ? &b->val[k] : NULL;
        }
        if (++j == t->nbuckets)
            j = 0;
    }
    return NULL;
}

int dyad_ap_get(const dyad_aptab *t, uint64_t key, uint32_t *val)
{
    const uint32_t *v = S_slot(t, dyad_ap_fp(key), dyad_ap_home(key, t->nbuckets));
    if (v)
        *val = *v;
    return v != NULL;
}

#ifdef __SSE2__
/* w1[k] + w2[k] as int32 for the four classes k of each half of two rows' eight int16
 * weights: interleaved, a multiply-add by ones sums each pair exactly. */
static inline void S_add_pair(__m128i *lo, __m128i *hi, __m128i w1, __m128i w2)
{
    const __m128i one = _mm_set1_epi16(1);
    *lo = _mm_add_epi32(*lo, _mm_madd_epi16(_mm_unpacklo_epi16(w1, w2), one));
    *hi = _mm_add_epi32(*hi, _mm_madd_epi16(_mm_unpackhi_epi16(w1, w2), one));
}
#endif

/* scores[0..stride) += the dense rows rows[0..n), eight classes at a time, each sum
 * kept in registers across the rows, two rows at a time. */
static void S_add_dense(int32_t *scores, const int16_t *const *rows, int n, uint32_t stride)
{
    for (uint32_t c = 0; c < stride; c += 8) {
#ifdef __SSE2__
        __m128i lo = _mm_loadu_si128((const __m128i *)(const void *)(scores + c));
        __m128i hi = _mm_loadu_si128((const __m128i *)(const void *)(scores + c + 4));
        int r = 0;
        for (; r + 1 < n; r += 2)
            S_add_pair(&lo, &hi, _mm_loadu_si128((const __m128i *)(const void *)(rows[r] + c)),
                       _mm_loadu_si128((const __m128i *)(const void *)(rows[r + 1] + c)));
        if (r < n)
            S_add_pair(&lo, &hi, _mm_loadu_si128((const __m128i *)(const void *)(rows[r] + c)),
                       _mm_setzero_si128());
        _mm_storeu_si128((__m128i *)(void *)(scores + c), lo);
        _mm_storeu_si128((__m128i *)(void *)(scores + c + 4), hi);
#else
        for (int r = 0; r < n; r++)
            for (uint32_t k = c; k < c + 8; k++)
                scores[k] += rows[r][k];
#endif
    }
}

/* Three sweeps so that the cache misses of one feature overlap those of the others:
 * prefetch every home bucket, then look up (and, for run tables, prefetch the weights),
 * then add. The action table's four weights of a feature are added as it is found. */
void dyad_ap_score(const dyad_aptab *t, const uint64_t *f, int nf, const int32_t *base,
                   int32_t *scores)
{
    uint32_t home[DYAD_MAX_FEATS], run[DYAD_MAX_FEATS];
    const int16_t *rows[DYAD_MAX_FEATS];
    int nrun = 0, nrow = 0;
    if (nf > DYAD_MAX_FEATS)
        nf = DYAD_MAX_FEATS;
    /* both kinds of bucket are one cache line */
    const char *buckets = t->ab ? (const char *)t->ab : (const char *)t->b;
    for (int i = 0; i < nf; i++) {
        home[i] = dyad_ap_home(f[i], t->nbuckets);
        __builtin_prefetch(buckets + (size_t)home[i] * 64);
    }
    if (t->ab) {
        _Static_assert(DYAD_NACT == 4, "an action bucket's weights of a feature are 64 bits");
#ifdef __SSE2__
        __m128i sc = base ? _mm_loadu_si128((const __m128i *)(const void *)base)
                          : _mm_setzero_si128();
#else
        int32_t sc[DYAD_NACT] = {0};
        for (int a = 0; base && a < DYAD_NACT; a++)
            sc[a] = base[a];
#endif
        for (int i = 0; i < nf; i++) {
            uint32_t fp = dyad_ap_fp(f[i]), j = home[i];
            for (uint32_t probe = 0; probe < t->nbuckets; probe++) {
                const dyad_actbucket *b = &t->ab[j];
                unsigned m = S_stops(b->fp, DYAD_ACTB, fp);
                if (m) {
                    int k = __builtin_ctz(m);
                    if (b->fp[k] == fp) {
#ifdef __SSE2__
                        /* sign-extend the four int16 to int32: each lands in the high half */
                        __m128i w = _mm_loadl_epi64((const __m128i *)(const void *)b->w[k]);
                        sc = _mm_add_epi32(sc, _mm_srai_epi32(_mm_unpacklo_epi16(w, w), 16));
#else
                        for (int a = 0; a < DYAD_NACT; a++)
                            sc[a] += b->w[k][a];
#endif
                    }
                    break;
                }
                if (++j == t->nbuckets)
                    j = 0;
            }
        }
#ifdef __SSE2__
        _mm_storeu_si128((__m128i *)(void *)scores, sc);
#else
        for (int a = 0; a < DYAD_NACT; a++)
            scores[a] = sc[a];
#endif
        return;
    }
    uint32_t stride = DYAD_PAD8(t->ncls);
    for (int i = 0; i < nf; i++) {
        const uint32_t *v = S_slot(t, dyad_ap_fp(f[i]), home[i]);
        if (!v)
            continue;
        if (*v & DYAD_AP_DENSE) {
            rows[nrow] = t->dense + (size_t)(*v & ~DYAD_AP_DENSE) * stride;
            __builtin_prefetch(rows[nrow]);
            nrow++;
        } else {
            run[nrun++] = *v;
            __builtin_prefetch(t->ents + *v);
        }
    }
    if (!base)
        memset(scores, 0, stride * sizeof *scores);
    else if (base != scores)
        memcpy(scores, base, stride * sizeof *scores);
    S_add_dense(scores, rows, nrow, stride);
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

/* Loading checks every slot and weight of the model (tens of millions), four at a time
 * with SSE2. */

/* Is one of the n fingerprints at fps 0, an empty slot? */
static int S_empty(const uint32_t *fps, int n)
{
    int k = 0;
#ifdef __SSE2__
    for (; k + 4 <= n; k += 4)
        if (_mm_movemask_epi8(_mm_cmpeq_epi32(
                _mm_loadu_si128((const __m128i *)(const void *)(fps + k)), _mm_setzero_si128())))
            return 1;
#endif
    for (; k < n; k++)
        if (!fps[k])
            return 1;
    return 0;
}

/* The first slot of a run table's bucket whose run or dense row is not among the table's
 * nents entries and ndense rows (both below DYAD_AP_DENSE), or -1. */
static int S_bad_slot(const dyad_apbucket *b, uint32_t nents, uint32_t ndense)
{
    int k = 0;
#ifdef __SSE2__
    /* as int32: a slot's index, below 2^31, against the last valid one, -1 for none */
    const __m128i dense_last = _mm_set1_epi32((int32_t)ndense - 1);
    const __m128i run_last = _mm_set1_epi32((int32_t)nents - 1);
    const __m128i index = _mm_set1_epi32((int32_t)~DYAD_AP_DENSE);
    for (; k + 4 <= DYAD_APB; k += 4) {
        __m128i fp = _mm_loadu_si128((const __m128i *)(const void *)(b->fp + k));
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(b->val + k));
        __m128i dense = _mm_srai_epi32(v, 31);
        __m128i last = _mm_or_si128(_mm_and_si128(dense, dense_last),
                                    _mm_andnot_si128(dense, run_last));
        __m128i bad = _mm_andnot_si128(_mm_cmpeq_epi32(fp, _mm_setzero_si128()),
                                       _mm_cmpgt_epi32(_mm_and_si128(v, index), last));
        if (_mm_movemask_epi8(bad))
            break;
    }
#endif
    for (; k < DYAD_APB; k++)
        if (b->fp[k] && (b->val[k] & DYAD_AP_DENSE ? (b->val[k] & ~DYAD_AP_DENSE) >= ndense
                                                   : b->val[k] >= nents))
            return k;
    return -1;
}

/* The first of the n weights whose class is not below ncls (1..4096), or n. */
static uint32_t S_bad_class(const dyad_apent *e, uint32_t n, uint32_t ncls)
{
    uint32_t i = 0;
#ifdef __SSE2__
    /* an entry as int32: its class in the low 15 bits (the file is little-endian) */
    const __m128i cls = _mm_set1_epi32((int32_t)(uint16_t)~DYAD_AP_LAST);
    const __m128i last = _mm_set1_epi32((int32_t)ncls - 1);
    for (; i + 4 <= n; i += 4) {
        __m128i v = _mm_and_si128(_mm_loadu_si128((const __m128i *)(const void *)(e + i)), cls);
        if (_mm_movemask_epi8(_mm_cmpgt_epi32(v, last)))
            break;
    }
#endif
    for (; i < n; i++)
        if ((e[i].cls & ~DYAD_AP_LAST) >= ncls)
            return i;
    return n;
}

static dyad_status S_check_tab(dyad_model *m, const dyad_mhdr *h, int k, uint32_t ncls,
                               const char *name, dyad_diag *diag)
{
    const dyad_mtab *mt = &h->tab[k];
    const unsigned char *base = m->mem;
    int kind = dyad_tab_kind(k);
    if (mt->ncls != ncls)
        BAD("table %d has %u classes, expected %u", k, mt->ncls, ncls);
    if (mt->nbuckets < 1)
        BAD("table %d has no buckets", k);
    if (mt->slots_off % 8 || mt->ents_off % 8 || mt->dense_off % 16)
        BAD("table %d: misaligned section", k);
    /* both bucket kinds are 64 bytes: fingerprints first */
    uint64_t stride = DYAD_PAD8(ncls);
    if (!S_fits(mt->slots_off, mt->nbuckets, sizeof(dyad_apbucket), m->size) ||
        !S_fits(mt->ents_off, mt->nents, sizeof(dyad_apent), m->size) ||
        !S_fits(mt->dense_off, mt->ndense, stride * sizeof(int16_t), m->size))
        BAD("table %d extends past the end of the file (truncated?)", k);
    if ((kind == DYAD_KIND_RUNS) != (mt->nents > 0) ||
        (kind != DYAD_KIND_RUNS && mt->ndense) || mt->ndense >= DYAD_AP_DENSE)
        BAD("table %d: wrong number of weights (%u, %u)", k, mt->nents, mt->ndense);
    const dyad_apbucket *b = (const dyad_apbucket *)(base + mt->slots_off);
    const dyad_actbucket *ab = (const dyad_actbucket *)(base + mt->slots_off);
    const dyad_apent *ents = (const dyad_apent *)(base + mt->ents_off);
    int nb = kind == DYAD_KIND_ACT ? DYAD_ACTB : DYAD_APB;
    int empty = 0;
    for (uint32_t i = 0; i < mt->nbuckets; i++) {
        const uint32_t *fps = kind == DYAD_KIND_ACT ? ab[i].fp : b[i].fp;
        empty |= S_empty(fps, nb);
        int j = kind == DYAD_KIND_RUNS ? S_bad_slot(&b[i], mt->nents, mt->ndense) : -1;
        if (j >= 0)
            BAD("table %d: slot %u points outside the weights", k, i * DYAD_APB + (uint32_t)j);
    }
    if (!empty)
        BAD("table %d has no empty slot", k);
    if (kind == DYAD_KIND_RUNS) {
        /* every run ends inside the table: the last entry closes a run */
        if (!(ents[mt->nents - 1].cls & DYAD_AP_LAST))
            BAD("table %d: weights do not end a run", k);
        uint32_t i = S_bad_class(ents, mt->nents, ncls);
        if (i < mt->nents)
            BAD("table %d: weight %u has class %u of %u", k, i,
                (unsigned)(ents[i].cls & ~DYAD_AP_LAST), ncls);
        m->tab[k].ents = ents;
        m->tab[k].dense = (const int16_t *)(const void *)(base + mt->dense_off);
    }
    if (kind == DYAD_KIND_ACT)
        m->tab[k].ab = ab;
    else
        m->tab[k].b = b;
    m->tab[k].nbuckets = mt->nbuckets;
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
    /* classes: tags, actions, labels, tags, none (word table) */
    const uint32_t ncls[DYAD_NTAB] = {h.ntags, DYAD_NACT, h.nlabels, h.ntags, 0};
    for (int k = 0; k < DYAD_NTAB; k++) {
        dyad_status st = S_check_tab(m, &h, k, ncls[k], name, diag);
        if (st)
            return st;
    }
    float sc = h.tab[DYAD_TAB_TAG].scale;
    if (!(sc > 0 && sc < 1e30f) || !(h.tag2_skip >= 0))
        BAD("implausible weight scale or tagging margin");
    double q = (double)h.tag2_skip / sc;
    m->tag2_skip = q < INT32_MAX ? (int32_t)q : INT32_MAX;
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

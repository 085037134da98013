/* test_minhash.c — MinHash signatures, LSH buckets, content hashes and the event
 * compatibility rules of src/merge/. */
#include <math.h>
#include "harness.h"
#include "merge/merge.h"

/* n distinct words "w<start>" .. "w<start+n-1>", space separated, into buf. */
static void S_words(char *buf, size_t cap, int start, int n)
{
    size_t k = 0;
    buf[0] = '\0';
    for (int i = 0; i < n && k + 16 < cap; i++)
        k += (size_t)snprintf(buf + k, cap - k, "%sw%d", i ? " " : "", start + i);
}

int main(void)
{
    static char a[8192], b[8192];
    dyad_minhash x, y;

    /* identical text: identical signature and buckets; case and punctuation ignored */
    dyad_minhash_text("The Minister met his counterpart, in Tokyo on Monday.", 53, &x);
    dyad_minhash_text("the minister met his counterpart in tokyo -- on monday", 54, &y);
    INT_EQ(x.nshingles, 5);
    OK(dyad_minhash_similarity(&x, &y) == 1.0);
    for (int band = 0; band < DYAD_MH_BANDS; band++)
        OK(dyad_minhash_bucket(&x, band) == dyad_minhash_bucket(&y, band));
    OK(dyad_minhash_bucket(&x, 0) != dyad_minhash_bucket(&x, 1));

    /* word order matters inside a shingle */
    dyad_minhash_text("met minister the his counterpart in tokyo on monday", 51, &y);
    OK(dyad_minhash_similarity(&x, &y) < 0.5);

    /* no words: no shingles, similar to nothing, not even itself */
    dyad_minhash_text(" ... ,, ", 8, &x);
    INT_EQ(x.nshingles, 0);
    OK(dyad_minhash_similarity(&x, &x) == 0.0);
    /* fewer words than a shingle: one shingle of all of them */
    dyad_minhash_text("Ceasefire agreed", 16, &x);
    dyad_minhash_text("ceasefire AGREED!", 17, &y);
    INT_EQ(x.nshingles, 1);
    OK(dyad_minhash_similarity(&x, &y) == 1.0);

    /* the estimate tracks the true Jaccard similarity of the shingle sets:
     * 200 words, the second text replaces the last 100: 96 of 296 shingles shared */
    S_words(a, sizeof a, 0, 200);
    S_words(b, sizeof b, 0, 100);
    size_t bl = strlen(b);
    b[bl] = ' ';
    S_words(b + bl + 1, sizeof b - bl - 1, 1000, 100);
    dyad_minhash_text(a, strlen(a), &x);
    dyad_minhash_text(b, strlen(b), &y);
    INT_EQ(x.nshingles, 196);
    double est = dyad_minhash_similarity(&x, &y), truth = 96.0 / 296.0;
    T_REPORT(fabs(est - truth) < 0.15, "estimate %.3f, true Jaccard %.3f", est, truth);
    /* disjoint vocabularies: close to 0 */
    S_words(b, sizeof b, 5000, 200);
    dyad_minhash_text(b, strlen(b), &y);
    OK(dyad_minhash_similarity(&x, &y) < 0.1);

    /* the stored form round-trips */
    unsigned char packed[DYAD_MH_BYTES];
    dyad_minhash_pack(&x, packed);
    dyad_minhash_unpack(packed, &y);
    OK(memcmp(x.h, y.h, sizeof x.h) == 0);

    /* exact-content hash: fixed width, sensitive to every byte, stable */
    char h1[33], h2[33], h3[33];
    dyad_content_hash("abc", 3, h1);
    dyad_content_hash("abd", 3, h2);
    dyad_content_hash("abc", 3, h3);
    INT_EQ(strlen(h1), 32);
    OK(strcmp(h1, h2) != 0);
    STR_EQ(h1, h3);
    dyad_content_hash("abc ", 4, h2);
    OK(strcmp(h1, h2) != 0);

    /* code compatibility */
    OK(dyad_codes_compatible("190", "190"));
    OK(dyad_codes_compatible("190", "195"));   /* generic of the root */
    OK(dyad_codes_compatible("195", "190"));
    OK(dyad_codes_compatible("087", "0874"));  /* parent */
    OK(dyad_codes_compatible("0874", "087"));
    OK(dyad_codes_compatible("080", "0874"));  /* generic, two levels up */
    OK(!dyad_codes_compatible("193", "194"));  /* siblings */
    OK(!dyad_codes_compatible("0871", "0874"));
    OK(!dyad_codes_compatible("190", "180"));  /* other root */
    OK(!dyad_codes_compatible("100", "010"));

    /* day numbers */
    int ok;
    INT_EQ(dyad_day_number("1970-01-01", &ok), 0);
    OK(ok);
    long d1 = dyad_day_number("2024-02-28", &ok), d2 = dyad_day_number("2024-03-01", &ok);
    INT_EQ(d2 - d1, 2);
    INT_EQ(dyad_day_number("2000-01-01", &ok), 10957);
    dyad_day_number("2023-02-29", &ok);
    OK(!ok);
    dyad_day_number("2024-13-01", &ok);
    OK(!ok);
    dyad_day_number("2024-03", &ok);
    OK(!ok);
    dyad_day_number("", &ok);
    OK(!ok);
    return T_done();
}

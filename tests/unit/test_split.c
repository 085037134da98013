/*
 * test_split.c — sentence boundaries (abbreviations, initials, numbers, quotes,
 * brackets, headings, bullets) and Penn Treebank tokens with their offsets; span
 * invariants over the Reuters corpus when ../shared is present.
 */
#include "harness.h"
#include "dyad_text.h"
#include "util/util.h"

/* Sentences of text joined by "|". */
static const char *S_sents(dyad_splitter *sp, const char *text)
{
    static char out[8192];
    dyad_split_result r;
    out[0] = '\0';
    if (dyad_split(sp, text, strlen(text), &r) != DYAD_OK)
        return "(error)";
    for (size_t i = 0; i < r.nsent; i++) {
        size_t n = strlen(out);
        snprintf(out + n, sizeof out - n, "%s%.*s", i ? "|" : "", (int)r.sent[i].len,
                 text + r.sent[i].off);
    }
    return out;
}

/* Tokens of text as "norm@off:len" joined by spaces, sentences by " / ". */
static const char *S_toks(dyad_splitter *sp, const char *text)
{
    static char out[8192];
    dyad_split_result r;
    out[0] = '\0';
    if (dyad_split(sp, text, strlen(text), &r) != DYAD_OK)
        return "(error)";
    for (size_t s = 0; s < r.nsent; s++) {
        for (uint32_t t = r.sent[s].tok; t < r.sent[s].tok + r.sent[s].ntok; t++) {
            char buf[128];
            size_t n = strlen(out);
            snprintf(out + n, sizeof out - n, "%s%s@%u:%u",
                     t > r.sent[s].tok ? " " : s ? " / " : "",
                     dyad_token_str(&r.tok[t], text, buf, sizeof buf), r.tok[t].off,
                     r.tok[t].len);
        }
    }
    return out;
}

/* Only the token forms, space-separated. */
static const char *S_forms(dyad_splitter *sp, const char *text)
{
    static char out[8192];
    dyad_split_result r;
    out[0] = '\0';
    if (dyad_split(sp, text, strlen(text), &r) != DYAD_OK)
        return "(error)";
    for (size_t t = 0; t < r.ntok; t++) {
        char buf[128];
        size_t n = strlen(out);
        snprintf(out + n, sizeof out - n, "%s%s", t ? " " : "",
                 dyad_token_str(&r.tok[t], text, buf, sizeof buf));
    }
    return out;
}

static void test_abbreviations(void)
{
    dyad_splitter *sp = dyad_splitter_new();
    STR_EQ(S_sents(sp, "Mr. Smith met Mrs. Jones and Dr. Brown. Gen. Lee and Lt. Col. Ford "
                       "came. Sen. Warren, Gov. Hochul and Rep. Ocasio-Cortez spoke. The U.S. "
                       "and the U.N. agreed. He lives in Washington, D.C. He works for Acme "
                       "Inc. and Foo Corp. in St. Louis. It was No. 1 on Jan. 5 and Aug. 6. "
                       "John F. Kennedy died. The rate was 1.5 percent. Prices rose 3.2%. He posted on X. He "
                       "added more. Harry S. Truman and George W. Bush spoke."),
           "Mr. Smith met Mrs. Jones and Dr. Brown.|Gen. Lee and Lt. Col. Ford came.|"
           "Sen. Warren, Gov. Hochul and Rep. Ocasio-Cortez spoke.|"
           "The U.S. and the U.N. agreed.|He lives in Washington, D.C.|"
           "He works for Acme Inc. and Foo Corp. in St. Louis.|"
           "It was No. 1 on Jan. 5 and Aug. 6.|John F. Kennedy died.|"
           "The rate was 1.5 percent.|Prices rose 3.2%.|He posted on X.|He added more.|"
           "Harry S. Truman and George W. Bush spoke.");
    STR_EQ(S_sents(sp, "Shares of Acme Co. rose. The U.S. Senate voted. It ended at 5 p.m. "
                       "The vote was close. Talks, e.g. on grain, went on. See www.example.com "
                       "for more."),
           "Shares of Acme Co. rose.|The U.S. Senate voted.|It ended at 5 p.m.|"
           "The vote was close.|Talks, e.g. on grain, went on.|See www.example.com for more.");
    STR_EQ(S_sents(sp, "Troops went into the U.S. Sheinbaum sent more. The U.N. Security "
                       "Council met at 9 a.m. Monday in Washington, D.C. Officials met the U.K. "
                       "Prime Minister. Bonds of the U.S. Economy will grow. He "
                       "went to the U.S. Bankruptcy Court."),
           "Troops went into the U.S.|Sheinbaum sent more.|The U.N. Security Council met at "
           "9 a.m. Monday in Washington, D.C.|Officials met the U.K. Prime Minister.|"
           "Bonds of the U.S. Economy will grow.|He went to the U.S. Bankruptcy Court.");
    /* ... nor before a plural noun archives capitalise after it, which opens sentences
       elsewhere */
    STR_EQ(S_sents(sp, "Talks with U.S. Officials ended. Officials said so. Some U.K. Sources "
                       "agreed."),
           "Talks with U.S. Officials ended.|Officials said so.|Some U.K. Sources agreed.");
    /* ... nor before a person's noun or an auxiliary so capitalised, even before a verb
       of saying, while a name there still opens a sentence */
    STR_EQ(S_sents(sp, "Rules went into the U.S. Has asked Tokyo to cut them. Then the U.S. "
                       "Diplomat said no. Troops went into the U.S. Morales said so."),
           "Rules went into the U.S. Has asked Tokyo to cut them.|Then the U.S. Diplomat "
           "said no.|Troops went into the U.S.|Morales said so.");
    /* archives capitalise the word after an initialism: "U.S. And West Germany", "a
     * U.S. Official" stay inside the sentence; "the U.S. And then" still ends one */
    STR_EQ(S_sents(sp, "Ministers of Japan, the U.S. And West Germany agreed. A U.S. Official "
                       "said so. Troops went into the U.S. And then they left."),
           "Ministers of Japan, the U.S. And West Germany agreed.|A U.S. Official said so.|"
           "Troops went into the U.S.|And then they left.");
    /* ... nor at a verb so capitalised, which the tagger reads in lower case */
    STR_EQ(S_sents(sp, "Rohan and the U.S. Kick off talks today. Gondor said the U.S. Put a "
                       "high price on peace. Sales to the U.K. Fell sharply."),
           "Rohan and the U.S. Kick off talks today.|Gondor said the U.S. Put a high price "
           "on peace.|Sales to the U.K. Fell sharply.");
    STR_EQ(S_sents(sp, "Why? Nobody knows! Really. He said no. but then left. He paused... "
                       "Then spoke. Wait... what?"),
           "Why?|Nobody knows!|Really.|He said no. but then left.|He paused...|Then spoke.|"
           "Wait... what?");
    /* informal lower-case starts; abbreviations and quotes still hold */
    STR_EQ(S_sents(sp, "are you kidding? why would you? \"Why?\" he asked. it is small. see "
                       "e.g. the dog, etc. and more. He fell ill. Doctors came to Dallas, "
                       "Tex. on Monday. \"Is he going? he would not stay,\" one said."),
           "are you kidding?|why would you?|\"Why?\" he asked.|it is small.|see e.g. the "
           "dog, etc. and more.|He fell ill.|Doctors came to Dallas, Tex. on Monday.|"
           "\"Is he going? he would not stay,\" one said.");
    STR_EQ(S_forms(sp, "He fell ill."), "He fell ill .");
    dyad_splitter_free(sp);
}

static void test_quotes_brackets(void)
{
    dyad_splitter *sp = dyad_splitter_new();
    STR_EQ(S_sents(sp, "\"We will fight.\" He said they would. \"Will you?\" he asked. He "
                       "said: \"Stop.\" Then he left."),
           "\"We will fight.\"|He said they would.|\"Will you?\" he asked.|"
           "He said: \"Stop.\"|Then he left.");
    STR_EQ(S_sents(sp, "\xe2\x80\x9cWe will fight.\xe2\x80\x9d He said so."),
           "\xe2\x80\x9cWe will fight.\xe2\x80\x9d|He said so.");
    STR_EQ(S_sents(sp, "He left (for good). Then it rained. (It was late.) They slept."),
           "He left (for good).|Then it rained.|(It was late.)|They slept.");
    dyad_splitter_free(sp);
}

static void test_units(void)
{
    dyad_splitter *sp = dyad_splitter_new();
    /* a heading without final punctuation before a blank line is its own unit; bullets
       start units and are not part of the sentence */
    const char *t = "Key points\n\n- Grain exports resume\n- Ships inspected in Istanbul\n\n"
                    "The deal was signed\non Monday. It holds.\n\n1. First item\n2) Second item"
                    "\n\xe2\x80\xa2 Third item";
    STR_EQ(S_sents(sp, t), "Key points|Grain exports resume|Ships inspected in Istanbul|"
                           "The deal was signed\non Monday.|It holds.|First item|Second item|"
                           "Third item");
    dyad_split_result r;
    INT_EQ(dyad_split(sp, t, strlen(t), &r), DYAD_OK);
    INT_EQ(r.sent[1].off, 14);
    /* a page's subheading flattened into the text: a capitalised run ending in a
       lower-case word or a closing quote, before a word that never goes on a sentence;
       Title Case, names and "The" before a name stay inside ("told The Times") */
    STR_EQ(S_sents(sp, "Talks ended. Recent attacks Since January, the group has struck "
                       "twice. 'We are worried ' In a statement, it said so. Aid cuts The "
                       "agency said more."),
           "Talks ended.|Recent attacks|Since January, the group has struck twice.|"
           "'We are worried '|In a statement, it said so.|Aid cuts|The agency said more.");
    STR_EQ(S_sents(sp, "Security Pacific bought The Arizona Bank. The paper quoted He as "
                       "saying so. Talks On Trade Begin In Geneva. He told The Times In May."),
           "Security Pacific bought The Arizona Bank.|The paper quoted He as saying so.|"
           "Talks On Trade Begin In Geneva.|He told The Times In May.");
    /* empty and blank input */
    STR_EQ(S_sents(sp, ""), "");
    STR_EQ(S_sents(sp, " \n\n \n"), "");
    INT_EQ(dyad_split(sp, NULL, 0, &r), DYAD_OK);
    INT_EQ(r.nsent, 0);
    dyad_splitter_free(sp);
}

static void test_tokens(void)
{
    dyad_splitter *sp = dyad_splitter_new();
    STR_EQ(S_toks(sp, "\"I don't know,\" she said."),
           "``@0:1 I@1:1 do@3:2 n't@5:3 know@9:4 ,@13:1 ''@14:1 she@16:3 said@20:4 .@24:1");
    STR_EQ(S_forms(sp, "We can't stop. It's Smith's and the dogs' way... We cannot (ever) "
                       "go--or won't. They'll say I'm wrong, we'd agree and you've seen it."),
           "We ca n't stop . It 's Smith 's and the dogs ' way ... We can not -LRB- ever "
           "-RRB- go -- or wo n't . They 'll say I 'm wrong , we 'd agree and you 've seen "
           "it .");
    /* an abbreviation ends the sentence: it keeps its period, PTB adds a "." of length 0 */
    STR_EQ(S_toks(sp, "He works in the U.S."),
           "He@0:2 works@3:5 in@9:2 the@12:3 U.S.@16:4 .@20:0");
    /* ... also after a hyphen, where a lone "." would read as the sentence's end */
    STR_EQ(S_forms(sp, "A pro-U.S. militia hit a Kenya-U.S. base. It was well-known."),
           "A pro-U.S. militia hit a Kenya-U.S. base . It was well-known .");
    /* wire copy writes its units without a period inside a sentence ("2.8 mln dlrs"):
       with one they end it, before a name too, and the period is the sentence's */
    STR_EQ(S_sents(sp, "Output fell to 2.8 mln. Gondor said imports rose 5 pct. Rohan "
                       "agreed. Sales were 3 bln. dlrs in all."),
           "Output fell to 2.8 mln.|Gondor said imports rose 5 pct.|Rohan agreed.|"
           "Sales were 3 bln. dlrs in all.");
    STR_EQ(S_forms(sp, "Output fell to 2.8 mln. Gondor agreed."),
           "Output fell to 2.8 mln . Gondor agreed .");
    /* mid-sentence abbreviations and numbers stay whole; $ and % split */
    STR_EQ(S_forms(sp, "Mr. Smith paid $5.50, or 3.2%, at 10:30 a.m. on Jan. 5 [in cash]."),
           "Mr. Smith paid $ 5.50 , or 3.2 % , at 10:30 a.m. on Jan. 5 -LSB- in cash -RSB- .");
    /* curly quotes and apostrophes (text that was not cleaned) */
    STR_EQ(S_forms(sp, "\xe2\x80\x9cIt\xe2\x80\x99s fine,\xe2\x80\x9d he said."),
           "`` It 's fine , '' he said .");
    /* runs of dashes and dots inside a word */
    STR_EQ(S_forms(sp, "It went a...--b well."), "It went a ... -- b well .");
    /* quotes inside a chunk */
    STR_EQ(S_forms(sp, "He said:\"We go.\" Then \"left\"early."),
           "He said : `` We go . '' Then `` left '' early .");
    /* single quotes */
    STR_EQ(S_forms(sp, "He said 'no' in the '90s."), "He said ` no ' in the '90s .");
    /* ... closed words later, also curly; a possessive after s stays one */
    STR_EQ(S_forms(sp, "He calls Xi a 'dear friend' of the farmers' union."),
           "He calls Xi a ` dear friend ' of the farmers ' union .");
    STR_EQ(S_forms(sp, "He called it a \xe2\x80\x98grave mistake\xe2\x80\x99 today."),
           "He called it a ` grave mistake ' today .");
    STR_EQ(S_forms(sp, "The men's 'free' entry isn't Paris' idea."),
           "The men 's ` free ' entry is n't Paris ' idea .");
    /* URLs and e-mail addresses are one token */
    STR_EQ(S_forms(sp, "Write to press@example.com or see https://x.org/a?b=c."),
           "Write to press@example.com or see https://x.org/a?b=c .");
    dyad_splitter_free(sp);
}

/* Spans are well formed on real text: sentences in order, tokens inside their
 * sentence, in order, not overlapping, never empty except PTB's added period. */
static void test_corpus_invariants(void)
{
    const char *sh = T_shared();
    if (!sh) {
        SKIP("no ../shared: Reuters invariants not checked");
        return;
    }
    char path[512];
    snprintf(path, sizeof path, "%s/corpora/reuters21578/reuters21578.jsonl", sh);
    dyad_reader *rd = dyad_reader_new(path, DYAD_INPUT_AUTO, NULL);
    if (!rd) {
        SKIP("Reuters corpus missing");
        return;
    }
    dyad_cleaner *cl = dyad_cleaner_new(NULL);
    dyad_splitter *sp = dyad_splitter_new();
    dyad_article a;
    long bad = 0, nsent = 0, ntok = 0;
    for (int k = 0; k < 3000 && dyad_reader_next(rd, &a) > 0; k++) {
        dyad_cleaned c;
        dyad_split_result r;
        if (dyad_clean(cl, &a, &c) != DYAD_OK || dyad_split(sp, c.text, c.len, &r) != DYAD_OK) {
            bad++;
            continue;
        }
        uint32_t prev_end = 0;
        for (size_t s = 0; s < r.nsent; s++) {
            const dyad_sentence *se = &r.sent[s];
            if (se->off < prev_end || se->len == 0 || se->off + se->len > c.len ||
                c.text[se->off] == ' ' || se->tok + se->ntok > r.ntok)
                bad++;
            prev_end = se->off + se->len;
            uint32_t tend = se->off;
            for (uint32_t t = se->tok; t < se->tok + se->ntok; t++) {
                const dyad_token *tk = &r.tok[t];
                if (tk->off < tend || tk->off + tk->len > se->off + se->len ||
                    (tk->len == 0 && !tk->norm) || memchr(c.text + tk->off, ' ', tk->len))
                    bad++;
                tend = tk->off + tk->len;
            }
        }
        nsent += (long)r.nsent;
        ntok += (long)r.ntok;
    }
    INT_EQ(bad, 0);
    OK(nsent > 10000);
    OK(ntok > 200000);
    dyad_reader_free(rd);
    dyad_cleaner_free(cl);
    dyad_splitter_free(sp);
}

int main(void)
{
    test_abbreviations();
    test_quotes_brackets();
    test_units();
    test_tokens();
    test_corpus_invariants();
    dyad_splitter_free(NULL);
    return T_done();
}

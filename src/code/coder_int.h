/*
 * coder_int.h — internal to the event coder (coder.c, entity.c, corefs.c, clauses.c):
 * the per-call context and the functions one of its files calls in another. Not
 * public: dyad_code.h is the API.
 */
#ifndef DYAD_CODER_INT_H
#define DYAD_CODER_INT_H

#include "dict/dict.h"
#include "dyad_resolve.h"
#include "parse/tree.h"
#include "resolve/coref.h"

enum { I_WORD = 0, I_COMMA, I_NES, I_NEE, I_NECS, I_NECE };

typedef struct dyad_cd_item {
    int type;
    int tok;  /* words */
    int ent;  /* entity markers: entity index */
} dyad_cd_item;

typedef struct dyad_cd_ent {
    int compound;           /* 1: an NEC whose members follow it */
    int nmem, first_mem;    /* NEC: members are entities first_mem .. +nmem */
    char code[64];
    int nwords;
    int tok0, tok1;         /* token span [tok0, tok1) */
    char phrase[256];       /* upper-case words, for new_actor_length */
    int dated;              /* its actor has date-limited codes */
    int actor;              /* 1 + the actor entry its code starts with, 0 none */
    int cr_id;              /* its mention in the coreference state, -1 none */
    int cr_try;             /* no actor of its own: may refer back (coref.h) */
    char own[32];           /* then its own code ("---", "---GOV") */
    int cr_ante;            /* the mention it took its code from when it referred, -1 */
    int mission;            /* in an article: a state's mission (S_mission in corefs.c) */
    char where[32];         /* then the code of where it is, "" none known */
} dyad_cd_ent;

typedef struct dyad_cd_verbc {
    int vp;                 /* VP node */
    int verb_item;          /* item of the verb word */
    int end_item;           /* one past the VP's items */
    int end_own;            /* in an article: one past the items of the verb's own
                               phrase, before a participle clause it holds ("...,
                               accusing him of"), which is coded on its own; else
                               end_item */
    int answered;           /* in an article: the token where the act a request asks
                               for begins in the object of an answering verb
                               (S_answered_act in entity.c), -1 none */
} dyad_cd_verbc;

enum { DYAD_CD_LOWVERB = 1, DYAD_CD_LOWER = 2, DYAD_CD_MONTH = 4 }; /* bits of dyad_cd_ctx.lowverb */

typedef struct dyad_cd_ctx {
    const dyad_dict *d;
    const dyad_tree *t;
    const dyad_code_opts *o;
    int32_t date;
    char **up;              /* upper-case tokens */
    char *upbuf;
    unsigned char *lowverb; /* token -> DYAD_CD_LOWVERB a verb, modal or pronoun written in
                               lower case, which names no actor ("may", "us"); DYAD_CD_LOWER
                               a word of one or two letters in lower case
                               (dyad_lower_short); DYAD_CD_MONTH "March" or "May"
                               written as a month (S_month_word) */
    dyad_cd_item *it;
    size_t nit, capit;
    dyad_cd_ent *ent;
    size_t nent, capent;
    dyad_cd_verbc *vc;
    size_t nvc, capvc;
    unsigned char *nec;     /* node -> 1 compound, 2 examined and not one, 3 a compound opened into the list around it, 0 other */
    unsigned char *del;     /* item removed with a comma-delimited clause */
    unsigned char *bydel;   /* item -> n: removed with the n-th such clause that holds a
                               participle with its doer, which its own verb still reads
                               (dyad_cd_own_clause_only); 0 other */
    int nbyc;               /* the number of such clauses */
    unsigned char *subcl;   /* item -> 1: in a clause of a subordinating conjunction
                               within the current verb's lower sequence, whose words
                               its patterns do not read; 2 in an adjunct of a
                               preposition, 3 that preposition, whose words a pattern
                               reads only after naming it (S_sequences) */
    int *wset;              /* the sentence's words: token + 1 by hash, 0 empty */
    size_t wcap;            /* its slots, a power of two; 0 until first needed */
    uint64_t wsig;          /* the sentence's words' key bits (S_key_sig) */
    unsigned char *synok;   /* synset -> 1 a phrase of it may be in the sentence, 2 not */
    int *seq_up, *seq_low;
    int oom;
    int negated;            /* the verb being coded is negated */
    int told;               /* the tree's verbs gave an event, kept or not (S_add_event) */
    int threat_to;          /* item of the condition's doer a hostile act is promised on,
                               at whom its threat is aimed (S_add_event in coder.c), or -1 */
    int verb_tok0, verb_tok1; /* its words, for the verb span */
    int journey_vp;         /* the verb phrase of a journey coded, whose clause of
                               purpose its traveller does (S_purpose_item in coder.c),
                               or -1 */
    int planned;            /* the event being added is an act the clause is set before:
                               dyad_coded_event.planned */
    int context;            /* the event being added takes a party from the article's
                               context: dyad_coded_event.context */
    size_t noun_ev[8];      /* the events attacks told by their nouns (S_noun_act in
                               coder.c), which give way to a verb's of their dyad and root */
    size_t nnoun_ev;
    dyad_coding *out;
    dyad_coref *cr;         /* the article's coreference state, or NULL */
    int root;               /* the sentence's top clause */
    unsigned char *inq;     /* in an article: token -> 1 inside a quotation */
    int quote_sp;           /* the quotations' speaker entity (dyad_cd_quote_speaker), -1 */
    int quote_say;          /* and the token of its verb of saying, -1 */
    int qopen;              /* in an article: the sentence starts inside a quotation */
    char spk_before[64];    /* the speaker its quotation has from another sentence (one
                               before, or a later one that first names it) */
} dyad_cd_ctx;

#define GROW(c, arr, n, cap)                                                            \
    (dyad_vec_grow((void **)&(arr), &(cap), (n), sizeof *(arr)) ? ((c)->oom = 1, -1) : 0)

/* The tree's nodes, inline because they are everywhere (each file has its copy). */
static inline const dyad_tnode *dyad_cd_node(const dyad_cd_ctx *c, int i)
{
    return &c->t->n[i];
}
static inline int dyad_cd_isleaf(const dyad_cd_ctx *c, int i)
{
    return dyad_cd_node(c, i)->word != NULL;
}
/* No node (-1: the first child of a phrase that has none, as "(VP)" in a malformed
 * tree) has no label: callers ask it of children without checking there are any. */
static inline int dyad_cd_label_is(const dyad_cd_ctx *c, int i, const char *l)
{
    return i >= 0 && dyad_is(dyad_cd_node(c, i)->label, l);
}

/* The topmost of the verb phrases that hold verb phrase vp, its clause's own: the one
 * whose parent is the clause (or none). */
static inline int dyad_cd_top_vp(const dyad_cd_ctx *c, int vp)
{
    while (dyad_cd_node(c, vp)->parent >= 0 &&
           dyad_cd_label_is(c, dyad_cd_node(c, vp)->parent, "VP"))
        vp = dyad_cd_node(c, vp)->parent;
    return vp;
}

/* The most words of a phrase handed to coreference (coref.h). */
#define CR_MAXW 64

/* Token lists */
typedef struct dyad_cd_toks {
    int *v;
    size_t n, cap;
} dyad_cd_toks;

/* coder.c: items, patterns and events */
int dyad_cd_push(dyad_cd_ctx *c, int type, int tok, int ent);
int dyad_cd_coded(const dyad_cd_ctx *c, int item);
int dyad_cd_phrase_entity(const dyad_cd_ctx *c, int node, int before);
int dyad_cd_subject(const dyad_cd_ctx *c, int vp);
int dyad_cd_adjunct_doer(const dyad_cd_ctx *c, int vp, int *ent);
int dyad_cd_passive_aux(const dyad_cd_ctx *c, int k);
int dyad_cd_item_of_tok(const dyad_cd_ctx *c, int from, int to, int tok);
int dyad_cd_ent_end(const dyad_cd_ctx *c, int k);
int dyad_cd_means_clause(const dyad_cd_ctx *c, int node);
int dyad_cd_if_clause(const dyad_cd_ctx *c, int node);
const char *dyad_cd_demand_clause(const dyad_cd_ctx *c, int node, int *verb);

/* entity.c: compounds, entity coding and NP decisions */
int dyad_cd_list_np(const dyad_cd_ctx *c, int node);
void dyad_cd_mark_compounds(dyad_cd_ctx *c);
int dyad_cd_longest(const dyad_trie *tr, char **w, int n, int *len);
size_t dyad_cd_join2(char *dst, size_t cap, const char *a, const char *b);
size_t dyad_cd_new_roles(const char *code, char *roles);
/* An armed group of no actor's words ("---REB", "---UAF": code, all its agents those of
 * non-state armed force) named by where it is based ("Pakistan-based militants",
 * "militants based in Afghanistan", "rebels with bases in Honduras") is that country's,
 * as CAMEO codes it: code gets the key of the state whose name opens words w (n of
 * them). Nothing else is so: a "London-based bank" is no state's, nor "a Geneva-based
 * UN agency", and backing is no basing ("Iran-backed militias"). */
void dyad_cd_armed_base(const dyad_cd_ctx *c, char **w, int n, char *code, size_t cap);
int dyad_cd_code_words(const dyad_cd_ctx *c, char **w, const int *toks, int n, char *out,
                       size_t cap, int *dated);
int dyad_cd_charge_of(const dyad_cd_ctx *c, int node, int v);
int dyad_cd_claim_noun(const char *w); /* a noun of what one party says of another */
int dyad_cd_subordinator(const char *w); /* "after", "before", "while", ... */
int dyad_cd_naming_verb(const char *w); /* "called", "termed", "branded", ... */
int dyad_cd_object_relative(const dyad_cd_ctx *c, int s, int *pron);
int dyad_cd_vp_clause(const dyad_cd_ctx *c, int vp);
int dyad_cd_relative_pron(const dyad_cd_ctx *c, int vp);
int dyad_cd_relative_antecedent(const dyad_cd_ctx *c, int vp, int before);
int dyad_cd_subject_relative(const dyad_cd_ctx *c, int s, int before, int person);
int dyad_cd_whose_owner(const dyad_cd_ctx *c, int w);
int dyad_cd_who_antecedent(const dyad_cd_ctx *c, int np, int before);
int dyad_cd_whose_clause(const dyad_cd_ctx *c, int s);
int dyad_cd_names_actor(const dyad_cd_ctx *c, int item);
int dyad_cd_telling(const dyad_cd_ctx *c, int v);
int dyad_cd_call_pp(const dyad_cd_ctx *c, int vp, int *with);
int dyad_cd_answer_verb(const char *w);
int dyad_cd_own_clause(const dyad_cd_ctx *c, int node, int from, int tell);
int dyad_cd_clause_mark(const dyad_cd_ctx *c, int node);
int dyad_cd_by_participle(const dyad_cd_ctx *c, int node, int self);
int dyad_cd_time_span(const dyad_cd_ctx *c, int a, int b);
int dyad_cd_time_np(const dyad_cd_ctx *c, int np);
int dyad_cd_linearize(dyad_cd_ctx *c, int node, int flat);

/* corefs.c: coreference glue */
int dyad_cd_place_prep(const dyad_cd_ctx *c, int k);
int dyad_cd_synset(const dyad_cd_ctx *c, const char *name);
int dyad_cd_synset_len(const dyad_cd_ctx *c, int syn, int k, int end);
int dyad_cd_synset_at(const dyad_cd_ctx *c, const char *name, int t0, int t1);
int dyad_cd_at_place(const dyad_cd_ctx *c, const dyad_cd_ent *e, int plain);
int dyad_cd_occasion(const dyad_cd_ctx *c, int k, int end);
void dyad_cd_cr_np(const dyad_cd_ctx *c, const dyad_cd_ent *x, const int *toks, int n,
                   const char **w, const char **tag, dyad_cr_np *np);
void dyad_cd_span_np(const dyad_cd_ctx *c, const dyad_cd_ent *x, int *toks, const char **w,
                     const char **tag, dyad_cr_np *np);
void dyad_cd_refer_ahead(dyad_cd_ctx *c);
int dyad_cd_state_pair(const dyad_cd_ctx *c, const char *w, char a[4], char b[4]);
int dyad_cd_across_state(const dyad_cd_ctx *c, const char *w, char key[4]);
void dyad_cd_quote_speaker(dyad_cd_ctx *c);
void dyad_cd_reported_pronouns(dyad_cd_ctx *c);
void dyad_cd_whose_owned(dyad_cd_ctx *c);
int dyad_cd_remember(dyad_cd_ctx *c, int src, const char *code, const char *verb);
int dyad_cd_event_ref(const dyad_cd_ctx *c, int a);
void dyad_cd_recheck_one(dyad_cd_ctx *c, int a, int b, int poss);
void dyad_cd_act_doer(dyad_cd_ctx *c, int other, int item, const char *code, int doer);
void dyad_cd_recheck(dyad_cd_ctx *c, int a, int b, const char *code);
int dyad_cd_inner_act_ref(dyad_cd_ctx *c, int a, int b);
int dyad_cd_entity(dyad_cd_ctx *c, const int *toks, int n, int h0, int h1);
int dyad_cd_tadd(dyad_cd_ctx *c, dyad_cd_toks *l, int tok);
int dyad_cd_words_below(dyad_cd_ctx *c, int node, int skip, dyad_cd_toks *l);
int dyad_cd_emit_entity(dyad_cd_ctx *c, const dyad_cd_toks *body, const int *necs, int nnec,
                        int adjs);

/* clauses.c: comma clauses */
void dyad_cd_commas(dyad_cd_ctx *c);
void dyad_cd_own_clause_only(dyad_cd_ctx *c, int n);

#endif

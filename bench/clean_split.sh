#!/bin/sh
# Throughput of cleaning + sentence splitting + tokenising on the Reuters-21578 corpus,
# one core, then sentence-boundary precision/recall on UD English EWT dev and test.
# Builds bench/clean_split.c against build/libdyad.a with the Makefile's flags.
# Usage: sh bench/clean_split.sh   (from the repository root, after `make`)
set -e
. bench/common.sh
CORPUS=$SHARED/corpora/reuters21578/reuters21578.jsonl
[ -f "$CORPUS" ] || { echo "clean_split: $CORPUS not found: skipped"; exit 0; }
bench_build clean_split
one_core "$B/bench/clean_split" "$CORPUS" 5
for f in "$SHARED/ud/en-ewt/en_ewt-ud-dev.conllu" "$SHARED/ud/en-ewt/en_ewt-ud-test.conllu"; do
    [ -f "$f" ] && "$B/bench/clean_split" "$f"
done
true

#!/bin/sh
# Throughput of cleaning + sentence splitting + tokenising on the Reuters-21578 corpus,
# one core, then sentence-boundary precision/recall on UD English EWT dev and test.
# Builds bench/clean_split.c against build/libdyad.a with the Makefile's flags.
# Usage: sh bench/clean_split.sh   (from the repository root, after `make`)
set -e
B=${B:-build}
SHARED=${SHARED:-../shared}
CORPUS=$SHARED/corpora/reuters21578/reuters21578.jsonl
PKGS="zlib sqlite3 libxml-2.0 libcjson libutf8proc"
[ -f "$CORPUS" ] || { echo "clean_split: $CORPUS not found: skipped"; exit 0; }
mkdir -p "$B/bench"
${CC:-cc} -std=c11 -Wall -Wextra -Werror -Wshadow -O2 -g -D_POSIX_C_SOURCE=200809L \
    -D_DEFAULT_SOURCE -Iinclude -Isrc $(pkg-config --cflags $PKGS) bench/clean_split.c \
    "$B/libdyad.a" $(pkg-config --libs $PKGS) -lpthread -lm -o "$B/bench/clean_split"
taskset -c 0 "$B/bench/clean_split" "$CORPUS" 5 2>/dev/null || "$B/bench/clean_split" "$CORPUS" 5
for f in "$SHARED/ud/en-ewt/en_ewt-ud-dev.conllu" "$SHARED/ud/en-ewt/en_ewt-ud-test.conllu"; do
    [ -f "$f" ] && "$B/bench/clean_split" "$f"
done
true

#!/bin/sh
# Ingest throughput of the event store (articles/s, mentions/s) on the Reuters-21578
# corpus with fabricated mentions (bench/store.c), one core, in a temporary database.
# Usage: sh bench/store.sh [MENTIONS_PER_ARTICLE] [BATCH]  (repository root, after make)
set -e
B=${B:-build}
SHARED=${SHARED:-../shared}
CORPUS=$SHARED/corpora/reuters21578/reuters21578.jsonl
PKGS="zlib sqlite3 libxml-2.0 libcjson libutf8proc"
[ -f "$CORPUS" ] || { echo "store: $CORPUS not found: skipped"; exit 0; }
mkdir -p "$B/bench"
${CC:-cc} -std=c11 -Wall -Wextra -Werror -Wshadow -O2 -g -D_POSIX_C_SOURCE=200809L \
    -D_DEFAULT_SOURCE -Iinclude -Isrc $(pkg-config --cflags $PKGS) bench/store.c \
    "$B/libdyad.a" $(pkg-config --libs $PKGS) -lpthread -lm -o "$B/bench/store"
DB=$(mktemp -d "${TMPDIR:-/tmp}/dyad-bench-store.XXXXXX")
trap 'rm -rf "$DB"' EXIT
taskset -c 0 "$B/bench/store" "$CORPUS" "$DB/bench.db" "${1:-8}" "${2:-256}" 2>/dev/null ||
    "$B/bench/store" "$CORPUS" "$DB/bench.db" "${1:-8}" "${2:-256}"

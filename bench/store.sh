#!/bin/sh
# Ingest throughput of the event store (articles/s, mentions/s) on the Reuters-21578
# corpus with fabricated mentions (bench/store.c), one core, in a temporary database.
# Usage: sh bench/store.sh [MENTIONS_PER_ARTICLE] [BATCH]  (repository root, after make)
set -e
. bench/common.sh
CORPUS=$SHARED/corpora/reuters21578/reuters21578.jsonl
[ -f "$CORPUS" ] || { echo "store: $CORPUS not found: skipped"; exit 0; }
bench_build store
DB=$(mktemp -d "${TMPDIR:-/tmp}/dyad-bench-store.XXXXXX")
trap 'rm -rf "$DB"' EXIT
one_core "$B/bench/store" "$CORPUS" "$DB/bench.db" "${1:-8}" "${2:-256}"

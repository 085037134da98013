#!/bin/sh
# make bench: throughput of dyad on the Reuters-21578 corpus in ../shared, with the
# default dictionaries and with the Phoenix (PETRARCH-2) set, on one core and on all
# cores, printed as a table and appended as one JSON line to bench/results.jsonl with
# a comparison against the previous line. bench/README.md says what each figure is.
#   sh bench/run.sh          (from the repository root, after make; B= build folder)
# Environment: B, SHARED, CORPUS (another JSON-lines corpus), CG_ARTICLES (articles
# of the callgrind slice, default 100), RESULTS (default bench/results.jsonl).
set -e
. bench/common.sh
CORPUS=${CORPUS:-$SHARED/corpora/reuters21578/reuters21578.jsonl}
RESULTS=${RESULTS:-bench/results.jsonl}
CG_ARTICLES=${CG_ARTICLES:-100}
if [ ! -f "$CORPUS" ]; then
    echo "bench: SKIP: $CORPUS not found (the corpus is in ../shared beside the repository)"
    exit 0
fi
bench_build pipeline
PIPE=$B/bench/pipeline

TMP=$(mktemp -d "${TMPDIR:-/tmp}/dyad-bench.XXXXXX")
trap 'rm -rf "$TMP"' EXIT INT TERM
CORES=$(nproc)
# Long runs share the machine politely; CPU-time rates do not depend on priority.
run() { # SET DICT_OPTION...
    set_=$1; shift
    echo "bench: $set_ dictionaries: stages, one core" >&2
    one_core nice "$PIPE" stages --set "$set_" "$@" "$CORPUS" > "$TMP/$set_.stages.json"
    echo "bench: $set_: end to end, one core" >&2
    one_core nice "$PIPE" e2e --set "$set_" --kind e2e "$@" "$CORPUS" > "$TMP/$set_.e2e.json"
    echo "bench: $set_: end to end, every sentence parsed, one core" >&2
    one_core nice "$PIPE" e2e --set "$set_" --kind parse-all --parse-all "$@" "$CORPUS" \
        > "$TMP/$set_.all.json"
    echo "bench: $set_: ingest into SQLite, one core" >&2
    one_core nice "$PIPE" e2e --set "$set_" --kind ingest --db "$TMP/$set_.db" "$@" "$CORPUS" \
        > "$TMP/$set_.ingest.json"
    echo "bench: $set_: end to end, -j $CORES" >&2
    nice "$PIPE" e2e --set "$set_" --kind e2e-n -j "$CORES" "$@" "$CORPUS" > "$TMP/$set_.n.json"
    if command -v valgrind >/dev/null && command -v callgrind_annotate >/dev/null; then
        echo "bench: $set_: instruction counts (callgrind, $CG_ARTICLES articles)" >&2
        nice valgrind -q --tool=callgrind --callgrind-out-file="$TMP/$set_.cg" "$PIPE" e2e \
            --set "$set_" --kind callgrind --limit "$CG_ARTICLES" "$@" "$CORPUS" \
            > "$TMP/$set_.cgrun.json"
        callgrind_annotate --inclusive=yes --auto=no --threshold=100 "$TMP/$set_.cg" \
            > "$TMP/$set_.callgrind.txt"
    else
        echo "bench: valgrind not installed: no instruction counts" >&2
    fi
}
run default
if [ -f "$SHARED/petrarch2/CAMEO.2.0.txt" ]; then
    run phoenix --dict "$SHARED/petrarch2"
else
    echo "bench: SKIP phoenix: $SHARED/petrarch2 not found" >&2
fi
dirty=no
[ -z "$(git status --porcelain --untracked-files=no 2>/dev/null)" ] || dirty=yes
set -- "$TMP"/*.json
for f in "$TMP"/*.callgrind.txt; do if [ -f "$f" ]; then set -- "$@" "$f"; fi; done
"$PIPE" report "$RESULTS" "commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)" \
    "dirty=$dirty" "$@"

#!/bin/sh
# scripts/train-model.sh [UD_DIR] — retrain the tagger + parser model shipped in
# data/model/ from UD English EWT (train split for training, dev split for the curve
# printed per epoch), then print its scores on dev. One core, a few minutes
# (`make model UD=...` runs it under nice).
#   UD_DIR   folder holding en_ewt-ud-{train,dev}.conllu (default ../shared/ud/en-ewt)
#   OUT      env: model path to write (default data/model/en_ewt.dpm)
#   TEXT     env: unlabelled text for the word clusters, comma-separated files of any
#            input dyad reads (default the Reuters-21578 JSON lines of ../shared);
#            TEXT= (empty) trains without clusters
#   PRUNE    env: pruning thresholds T[/A] (default 0.5/0.25, see data/model/README.md)
# The test split is not used here; score it once, at the end, with
#   build/dyad parse --eval UD_DIR/en_ewt-ud-test.conllu
set -e
UD=${1:-../shared/ud/en-ewt}
OUT=${OUT:-data/model/en_ewt.dpm}
TEXT=${TEXT-../shared/corpora/reuters21578/reuters21578.jsonl}
for f in train dev; do
    [ -r "$UD/en_ewt-ud-$f.conllu" ] || { echo "train-model: $UD/en_ewt-ud-$f.conllu not found" >&2; exit 1; }
done
set --
if [ -n "$TEXT" ]; then
    (IFS=,; for f in $TEXT; do
        [ -r "$f" ] || { echo "train-model: $f not found (TEXT= trains without clusters)" >&2; exit 1; }
    done)
    set -- -c 256 -u "$TEXT"
fi
make -s build/dyad-train build/dyad
# epochs, clusters, margin and pruning chosen on dev (see data/model/README.md)
build/dyad-train train -t 12 -p 20 -k 8 -r 4 "$@" -P "${PRUNE:-0.5/0.25}" \
    "$UD/en_ewt-ud-train.conllu" "$UD/en_ewt-ud-dev.conllu" "$OUT"
build/dyad parse --model "$OUT" --eval "$UD/en_ewt-ud-dev.conllu"
# the small model that seeds tests/fuzz/fuzz_model and test_tagger's corruption checks
# must follow format and feature-set changes: retrain it from one hand-written sentence
# (and a line of text, so that its word table is not empty)
seed=$(mktemp) text=$(mktemp)
printf '1\tArnor\tArnor\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n2\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_\n3\tGondor\tGondor\tPROPN\tNNP\t_\t2\tobj\t_\t_\n4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n' > "$seed"
printf 'Arnor met Gondor. Then Gondor met Arnor.\n' > "$text"
build/dyad-train train -t 1 -p 1 -k 2 -c 2 -m 1 -u "$text" -P 0.01 "$seed" "$seed" \
    tests/fuzz/seeds/fuzz_model/tiny.dpm > /dev/null 2>&1
rm -f "$seed" "$text"

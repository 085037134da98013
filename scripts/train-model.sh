#!/bin/sh
# scripts/train-model.sh [UD_DIR] — retrain the tagger + parser model shipped in
# data/model/ from UD English EWT (train split for training, dev split for the curve
# printed per epoch), then print its scores on dev. One core, a few minutes.
#   UD_DIR   folder holding en_ewt-ud-{train,dev}.conllu (default ../shared/ud/en-ewt)
#   OUT      env: model path to write (default data/model/en_ewt.dpm)
# The test split is not used here; score it once, at the end, with
#   build/dyad parse --eval UD_DIR/en_ewt-ud-test.conllu
set -e
UD=${1:-../shared/ud/en-ewt}
OUT=${OUT:-data/model/en_ewt.dpm}
for f in train dev; do
    [ -r "$UD/en_ewt-ud-$f.conllu" ] || { echo "train-model: $UD/en_ewt-ud-$f.conllu not found" >&2; exit 1; }
done
make -s build/dyad-train build/dyad
# epochs and pruning threshold chosen on dev (see data/model/README.md)
build/dyad-train train -t 8 -p 14 -k 4 -P "${PRUNE:-0.5}" \
    "$UD/en_ewt-ud-train.conllu" "$UD/en_ewt-ud-dev.conllu" "$OUT"
build/dyad parse --model "$OUT" --eval "$UD/en_ewt-ud-dev.conllu"
# the small model that seeds tests/fuzz/fuzz_model and test_tagger's corruption checks
# must follow format and feature-set changes: retrain it from one hand-written sentence
seed=$(mktemp)
printf '1\tArnor\tArnor\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n2\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_\n3\tGondor\tGondor\tPROPN\tNNP\t_\t2\tobj\t_\t_\n4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n' > "$seed"
build/dyad-train train -t 1 -p 1 -k 2 -P 0.01 "$seed" "$seed" tests/fuzz/seeds/fuzz_model/tiny.dpm > /dev/null 2>&1
rm -f "$seed"

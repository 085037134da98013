#!/bin/sh
# bench/parse.sh — tag + parse throughput on one core (bench/parse.c), built against
# build/libdyad.a with the Makefile's flags. Inputs: the UD EWT test set (short web
# sentences, ~12 words) and Reuters-21578 newswire split crudely into one sentence per
# line (~25 words), both from ../shared. Usage: sh bench/parse.sh [MODEL]
# With CG=1 it also counts the instructions dyad_parse_sentence executes per Reuters
# sentence (valgrind's callgrind, first 2,000 sentences): a figure that, unlike time,
# does not move with what else the machine runs, to compare versions.
set -e
. bench/common.sh
MODEL=${1:-data/model/en_ewt.dpm}
make -s "$B/libdyad.a"
bench_build parse
if [ ! -d "$SHARED" ]; then echo "parse: $SHARED not found; skipped"; exit 0; fi
echo "== UD EWT test (web text)"
one_core "$B/bench/parse" "$MODEL" "$SHARED/ud/en-ewt/en_ewt-ud-test.conllu" 3
# Reuters: JSON "text" fields -> crude tokens -> one sentence per line
news="$B/bench-news.txt"
if [ ! -s "$news" ]; then
    head -n 3000 "$SHARED/corpora/reuters21578/"*.jsonl 2>/dev/null |
        sed -n 's/.*"text": *"\(.*\)".*/\1/p' |
        sed -e 's/\\n/ /g' -e 's/\\"/"/g' -e 's/\([.,;:!?()"]\)/ \1 /g' -e 's/  */ /g' \
            -e 's/ \([.!?]\) \([A-Z"]\)/ \1\n\2/g' |
        awk 'NF >= 5 && NF <= 80' | head -n 20000 > "$news"
fi
echo "== Reuters newswire ($(wc -l < "$news") sentences)"
one_core "$B/bench/parse" "$MODEL" "$news" 2
if [ -n "$CG" ] && command -v valgrind > /dev/null; then
    head -n 2000 "$news" > "$news.2k"
    ir=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null \
        --toggle-collect=dyad_parse_sentence "$B/bench/parse" "$MODEL" "$news.2k" 1 2>&1 |
        sed -n 's/.*Collected : *\([0-9]*\).*/\1/p')
    echo "== instructions per Reuters sentence (callgrind, 2000 sentences): $((ir / 2000))"
fi

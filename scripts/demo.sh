#!/bin/sh
# make demo: code the bundled sample articles (data/samples/) from raw text to events,
# then ingest them into a SQLite store and show the merged events and a dyad table.
set -e
DYAD=${1:-build/dyad}
OUT=${DEMO_OUT:-build/demo}
mkdir -p "$OUT"
# One sample as gzip too: readers recognise compression by content, not by name.
gzip -c data/samples/kyiv-drones.txt > "$OUT/kyiv-drones-copy.txt.gz"

echo "== dyad code data/samples/* (JSON lines, one event mention per line)"
"$DYAD" code data/samples/*.txt data/samples/*.html data/samples/*.jsonl > "$OUT/events.jsonl"
cat "$OUT/events.jsonl"
echo
echo "== the same, every modality (hypothetical, question and negated events included)"
"$DYAD" code --all-modalities --format table data/samples/*.txt data/samples/*.html \
    data/samples/*.jsonl
echo
rm -f "$OUT/demo.db" "$OUT/demo.db-wal" "$OUT/demo.db-shm"
echo "== dyad ingest --db $OUT/demo.db (the gzip copy is recognised as a duplicate)"
"$DYAD" ingest --db "$OUT/demo.db" data/samples/*.txt data/samples/*.html \
    data/samples/*.jsonl "$OUT/kyiv-drones-copy.txt.gz"
echo
echo "== dyad events --db $OUT/demo.db (merged events with mention/source/article counts)"
"$DYAD" events --db "$OUT/demo.db" --format table
echo
echo "== dyad dyads --db $OUT/demo.db --by month"
"$DYAD" dyads --db "$OUT/demo.db" --by month
echo
echo "Outputs are in $OUT/. Try: $DYAD sentences data/samples/kyiv-drones.txt"

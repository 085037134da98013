#!/bin/sh
# split.sh — cut a collection of JSON-lines articles into at most N shards of
# consecutive lines, DIR/shard-0000.jsonl, DIR/shard-0001.jsonl, ..., of about equal
# size in bytes (coding time goes with the amount of text). Taken in shard order the
# shards are the collection in its order, which is what makes the merged result that of
# one run. Files may be gzip-compressed; '-' reads standard input. Shards and outputs of
# an earlier run in DIR are removed first. Prints the number of shards made (fewer than
# N when there are fewer lines).
#
#   split.sh N DIR FILE...
set -eu
[ $# -ge 3 ] || { echo "usage: split.sh N DIR FILE..." >&2; exit 2; }
n=$1 dir=$2
shift 2
case $n in '' | *[!0-9]* | 0) echo "split.sh: N must be a positive number" >&2; exit 2 ;; esac
[ "$n" -le 10000 ] || { echo "split.sh: at most 10000 shards" >&2; exit 2; }
mkdir -p "$dir"
rm -f "$dir"/shard-*.jsonl "$dir"/out-*.jsonl "$dir"/merge.ok
all=$dir/collection.tmp
for f in "$@"; do
    [ "$f" = - ] || [ -r "$f" ] || { echo "split.sh: $f: cannot read" >&2; exit 1; }
done
# each file ends with a line break, so that files never run into each other
for f in "$@"; do
    # shellcheck disable=SC1003 # sed's "append" with nothing: a missing line end only
    gzip -dcf -- "$f" | sed -e '$a\'
done > "$all"
# An article without an "id" is named after its file and line ("FILE-LINE"), which
# sharding changes: such a collection cannot merge to the result of one run.
noid=$(grep -v '^[[:space:]]*$' "$all" | grep -cv '"id"[[:space:]]*:' || true)
[ "$noid" -eq 0 ] || echo "split.sh: warning: $noid lines have no \"id\"; their articles" \
    "are named after file and line, which differ between shards and one run" >&2
split -e -n "l/$n" -d -a 4 --additional-suffix=.jsonl "$all" "$dir/shard-"
rm -f "$all"
find "$dir" -maxdepth 1 -name 'shard-[0-9]*.jsonl' | wc -l

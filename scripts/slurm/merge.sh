#!/bin/bash
#SBATCH --job-name=dyad-merge
# merge.sh — the merge step, as a job or by hand: checks that every shard of DIR has
# its output, then takes the outputs in shard order (the collection's order, which
# near-duplicate links and event merging depend on):
#   --db FILE      stores them with `dyad ingest --precoded --db FILE` (articles)
#   --events FILE  concatenates them into FILE (event JSON lines)
# Options after FILE go to dyad ingest. $DYAD names the dyad binary. On success it
# writes DIR/merge.ok, which run.sh --wait looks for.
#
#   merge.sh DIR --db FILE [dyad ingest options] | merge.sh DIR --events FILE
set -eu
[ $# -ge 3 ] && { [ "$2" = --db ] || [ "$2" = --events ]; } ||
    { echo "usage: merge.sh DIR --db FILE | --events FILE" >&2; exit 2; }
dir=$1 mode=$2 dest=$3
shift 3
rm -f "$dir/merge.ok"
outs=()
for s in "$dir"/shard-*.jsonl; do
    [ -e "$s" ] || { echo "merge: no shards in $dir" >&2; exit 1; }
    o=${s%/*}/out-${s##*/shard-}
    [ -e "$o" ] || { echo "merge: $o missing: shard not coded" >&2; exit 1; }
    outs+=("$o")
done
if [ "$mode" = --db ]; then
    "${DYAD:-dyad}" ingest --precoded --db "$dest" "$@" "${outs[@]}"
else
    cat "${outs[@]}" > "$dest.tmp"
    mv "$dest.tmp" "$dest"
fi
echo "$dest" > "$dir/merge.ok"

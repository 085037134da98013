#!/bin/bash
# recipe.sh — runs the SLURM recipe of scripts/slurm/ on a one-machine cluster
# (cluster.sh) for tests/unit/test_slurm.c, which compares the results with single runs:
#
#   recipe.sh DIR COLLECTION     ($DYAD: the dyad binary; run from the repository root)
#
# leaves in DIR: store.db (run.sh --db, 4 shards), events.jsonl (run.sh --events),
# bad.rc (run.sh's exit status when every task fails), resumed.db with done.count (the
# first run resumed after losing one shard's output: tasks that found their output
# done). The cluster is stopped whatever happens; each run is given at most 2 minutes.
set -u
dir=$1 coll=$2
trap 'tests/slurm/cluster.sh stop "$dir/cluster"' EXIT
trap 'exit 1' INT TERM HUP
tests/slurm/cluster.sh start "$dir/cluster" || exit 1
. "$dir/cluster/env"
run() { timeout 120 scripts/slurm/run.sh "$@"; }

run -n 4 -w "$dir/work" --db "$dir/store.db" --wait "$coll" || exit 1
run -n 4 -w "$dir/work-ev" --events "$dir/events.jsonl" --wait "$coll" || exit 1
run -n 2 -w "$dir/work-bad" --db "$dir/bad.db" --code "--model $dir/missing.dpm" --wait "$coll"
echo $? > "$dir/bad.rc"
cp -r "$dir/work" "$dir/work-resumed"
rm "$dir/work-resumed/out-0002.jsonl"
run -w "$dir/work-resumed" --db "$dir/resumed.db" --resume --wait || exit 1
grep -l 'is done' "$dir"/work-resumed/logs/code-*.log | wc -l > "$dir/done.count"

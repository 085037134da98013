#!/bin/bash
# run.sh — the whole recipe on a SLURM cluster: split a JSON-lines collection into
# shards, code them with a job array (code-shard.sbatch), and merge the outputs in
# shard order with a job that starts when every task has succeeded (merge.sh). The
# result equals that of one `dyad ingest` (or one `dyad code`) over the collection.
# docs/slurm.md explains each step and how to run them by hand.
#
#   run.sh [OPTIONS] (--db FILE | --events FILE) COLLECTION...
#   run.sh [OPTIONS] (--db FILE | --events FILE) --resume
#
#   --db FILE        merge into this event store (SQLite)
#   --events FILE    instead: the event mentions as JSON lines, as `dyad code` writes them
#   -n N             shards, one array task each (default 4)
#   -w DIR           folder for shards, outputs and logs, on storage the nodes share
#                    (default: dyad-shards); its earlier shards are removed
#   -c N             CPUs per task: dyad code -j N (default 1)
#   --sbatch "OPTS"  more sbatch options for both jobs (partition, account, time...)
#   --code "OPTS"    more dyad code options (dictionaries, --date...)
#   --wait           wait for the merge; exit 0 when it succeeded
#   --resume         after a failure: keep the shards of -w DIR and the outputs done,
#                    code the missing ones and merge (same --db/--events as before)
#
# $DYAD names the dyad binary (default: dyad on PATH); the nodes must be able to run it.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
n=4 dir=dyad-shards cpus=1 dest="" mode="" wait=0 resume=0 sbopts="" codeopts=""
usage() { sed -n "8,23p" "$0" >&2; exit 2; }
while [ $# -gt 0 ]; do
    case $1 in
    --db | --events) [ $# -ge 2 ] || usage; mode=$1 dest=$2; shift 2 ;;
    -n) [ $# -ge 2 ] || usage; n=$2; shift 2 ;;
    -w) [ $# -ge 2 ] || usage; dir=$2; shift 2 ;;
    -c) [ $# -ge 2 ] || usage; cpus=$2; shift 2 ;;
    --sbatch) [ $# -ge 2 ] || usage; sbopts=$2; shift 2 ;;
    --code) [ $# -ge 2 ] || usage; codeopts=$2; shift 2 ;;
    --wait) wait=1; shift ;;
    --resume) resume=1; shift ;;
    --) shift; break ;;
    -*) usage ;;
    *) break ;;
    esac
done
[ -n "$mode" ] && { [ $# -gt 0 ] || [ "$resume" = 1 ]; } || usage
dyad=$(command -v "${DYAD:-dyad}") || { echo "run.sh: no dyad binary (set DYAD)" >&2; exit 1; }
mkdir -p "$dir/logs"
dir=$(cd "$dir" && pwd)
case $dyad in /*) ;; *) dyad=$PWD/$dyad ;; esac
case $dest in /*) ;; *) dest=$PWD/$dest ;; esac
export DYAD=$dyad

if [ "$resume" = 1 ]; then
    shards=$(find "$dir" -maxdepth 1 -name 'shard-[0-9]*.jsonl' | wc -l)
    rm -f "$dir/merge.ok"
else
    rm -f "$dir"/logs/*.log
    shards=$("$here/split.sh" "$n" "$dir" "$@")
fi
[ "$shards" -gt 0 ] || { echo "run.sh: no shards to code in $dir" >&2; exit 1; }
format=()
if [ "$mode" = --events ]; then format=(--format jsonl); fi
# shellcheck disable=SC2086 # the option strings are split on blanks on purpose
array=$(sbatch --parsable $sbopts --array="0-$((shards - 1))" --cpus-per-task="$cpus" \
    --output="$dir/logs/code-%a.log" "$here/code-shard.sbatch" "$dir" "${format[@]}" $codeopts)
array=${array%%;*}
# shellcheck disable=SC2086
merge=$(sbatch --parsable $sbopts --dependency="afterok:$array" --kill-on-invalid-dep=yes \
    --output="$dir/logs/merge.log" "$here/merge.sh" "$dir" "$mode" "$dest")
merge=${merge%%;*}
echo "run.sh: $shards shards; coding: job array $array, merge: job $merge (logs in $dir/logs)"
[ "$wait" = 1 ] || exit 0

# Wait until the merge job has left the queue (run, failed, or cancelled because a
# coding task failed): polls every second for a minute, then every 30 seconds.
polls=0
while [ -n "$(squeue -h -j "$merge" -o %i 2>/dev/null)" ]; do
    polls=$((polls + 1))
    sleep $((polls <= 60 ? 1 : 30))
done
if [ -e "$dir/merge.ok" ]; then
    echo "run.sh: merged into $dest"
    exit 0
fi
echo "run.sh: the merge did not complete; see $dir/logs" >&2
exit 1

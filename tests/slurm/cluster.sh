#!/bin/bash
# cluster.sh — a one-machine SLURM cluster living in one folder, for testing the recipe
# of scripts/slurm/ (tests/unit/test_slurm.c): its own munge key and socket, its own
# slurm.conf, state, spool and logs, and ports found free; nothing outside the folder is
# read or written, so it runs beside a real installation without touching it.
#
#   cluster.sh start DIR   start munged, slurmctld and slurmd (one node, all CPUs) and
#                          wait until the node takes jobs; writes DIR/env, to be sourced
#                          (it sets SLURM_CONF). Exit 1 (after stopping what started)
#                          when the cluster does not come up; the logs are in DIR.
#   cluster.sh stop DIR    stop the daemons start started, by their pid files (safe to
#                          run more than once, and after a failed start)
#
# Runs as root (slurmd needs it to start jobs as the submitting user); munged, which
# refuses root by default, is given --force.
set -u
cmd=${1:-}; dir=${2:-}
[ -n "$dir" ] && { [ "$cmd" = start ] || [ "$cmd" = stop ]; } ||
    { echo "usage: cluster.sh start|stop DIR" >&2; exit 2; }

stop() {
    # jobs first, so that no job process outlives the daemons (slurmstepd runs apart
    # from slurmd); then slurmd, slurmctld, and munged, which the others use
    if [ -f "$dir/slurmctld.pid" ] && [ -f "$dir/slurm.conf" ]; then
        export SLURM_CONF=$dir/slurm.conf
        scancel --full --quiet --user="$(id -un)" 2>/dev/null
        for _ in $(seq 50); do
            [ -z "$(squeue -h -o %i 2>/dev/null)" ] && break
            sleep 0.1
        done
    fi
    for d in slurmd slurmctld munged; do
        [ -f "$dir/$d.pid" ] || continue
        pid=$(cat "$dir/$d.pid")
        if [ -n "$pid" ] && kill "$pid" 2>/dev/null; then
            for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
            kill -KILL "$pid" 2>/dev/null
        fi
        rm -f "$dir/$d.pid"
    done
}

if [ "$cmd" = stop ]; then
    stop
    exit 0
fi

# A TCP port nothing listens on (bash's /dev/tcp connects when something does).
free_port() {
    local p
    for _ in $(seq 100); do
        p=$((20000 + RANDOM % 40000))
        [ "$p" = "${1:-}" ] && continue
        (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return 0; }
    done
    return 1
}

fail() {
    echo "cluster.sh: $*" >&2
    for f in munged.log slurmctld.log slurmd.log; do
        [ -s "$dir/$f" ] && { echo "--- $f" >&2; tail -n 15 "$dir/$f" >&2; }
    done
    stop
    exit 1
}

for b in munged slurmctld slurmd sinfo; do
    command -v "$b" >/dev/null 2>&1 || PATH=$PATH:/usr/sbin:/sbin
    command -v "$b" >/dev/null 2>&1 || fail "$b not found (Debian: slurm-wlm, munge)"
done
mkdir -p "$dir/munge" "$dir/state" "$dir/spool" || fail "cannot create $dir"
dir=$(cd "$dir" && pwd)
chmod 700 "$dir/munge"
head -c 1024 /dev/urandom > "$dir/munge/munge.key" && chmod 400 "$dir/munge/munge.key"
sock=$dir/munge/munge.socket
munged --force --socket="$sock" --key-file="$dir/munge/munge.key" \
    --pid-file="$dir/munge/munged.pid" --log-file="$dir/munged.log" \
    --seed-file="$dir/munge/munged.seed" || fail "munged did not start"
for _ in $(seq 50); do [ -s "$dir/munge/munged.pid" ] && break; sleep 0.1; done
cp "$dir/munge/munged.pid" "$dir/munged.pid" 2>/dev/null || fail "munged wrote no pid file"

ctl_port=$(free_port) && node_port=$(free_port "$ctl_port") || fail "no free ports"
cpus=$(nproc)
cat > "$dir/slurm.conf" <<CONF
ClusterName=dyadtest
SlurmctldHost=localhost(127.0.0.1)
SlurmctldPort=$ctl_port
SlurmdPort=$node_port
SlurmUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$sock
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/slurmctld.conf.pid
SlurmdPidFile=$dir/slurmd.conf.pid
SlurmctldLogFile=$dir/slurmctld.log
SlurmdLogFile=$dir/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SwitchType=switch/none
MpiDefault=none
SchedulerType=sched/builtin
SchedulerParameters=batch_sched_delay=0
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
ReturnToService=2
NodeName=dyadnode NodeHostname=$(hostname) NodeAddr=127.0.0.1 CPUs=$cpus State=UNKNOWN
PartitionName=main Nodes=dyadnode Default=YES MaxTime=INFINITE State=UP
CONF
export SLURM_CONF=$dir/slurm.conf
echo "export SLURM_CONF='$SLURM_CONF'" > "$dir/env"

slurmctld -D -i -f "$SLURM_CONF" > "$dir/slurmctld.out" 2>&1 &
echo $! > "$dir/slurmctld.pid"
slurmd -D -N dyadnode -f "$SLURM_CONF" > "$dir/slurmd.out" 2>&1 &
echo $! > "$dir/slurmd.pid"
for _ in $(seq 300); do
    state=$(sinfo -h -n dyadnode -o %t 2>/dev/null)
    case $state in idle|mix|alloc) exit 0 ;; esac
    kill -0 "$(cat "$dir/slurmctld.pid")" 2>/dev/null || fail "slurmctld exited"
    kill -0 "$(cat "$dir/slurmd.pid")" 2>/dev/null || fail "slurmd exited"
    sleep 0.1
done
fail "the node did not become idle in 30 s (state: ${state:-none})"
